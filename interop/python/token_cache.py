"""botocore's SSO token provider on a token cache that sso-signin wrote.

Usage: python token_cache.py   (HOME, AWS_CONFIG_FILE, AWS_PROFILE and
AWS_ENDPOINT_URL_SSO_OIDC set by the caller)

Loads the profile's sso-session token from ~/.aws/sso/cache the way the AWS
CLI and boto3 do; the caller left it inside botocore's refresh window, so
botocore refreshes it against the endpoint and writes the file back. Prints
the SHA-256 of the token botocore ends with (never the token itself).
"""

import hashlib
import json

import botocore.session
from botocore.tokens import SSOTokenProvider

session = botocore.session.Session()
token = SSOTokenProvider(session).load_token().get_frozen_token()
print(json.dumps({
    "sha256": hashlib.sha256(token.token.encode()).hexdigest(),
    "expiration": token.expiration.strftime("%Y-%m-%dT%H:%M:%SZ"),
}))
