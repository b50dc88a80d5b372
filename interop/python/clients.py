"""boto3 and the AWS CLI v1 against the local SSO OIDC service.

Usage: python clients.py ENDPOINT_URL

Runs, with each client: register -> start device authorization -> poll
(pending) -> approve -> token -> refresh, and one modeled error per
operation. Exits non-zero on the first difference from what AWS would answer.
"""

import json
import os
import subprocess
import sys
import tempfile
import urllib.request

import boto3
import botocore.exceptions

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
START_URL = "https://example.awsapps.com/start"


def approve(endpoint, user_code):
    request = urllib.request.Request(
        endpoint + "/_local/approve",
        data=json.dumps({"userCode": user_code}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request) as response:
        assert response.status == 200, response.status


def expect_error(code, call, **kwargs):
    try:
        call(**kwargs)
    except botocore.exceptions.ClientError as error:
        got = error.response["Error"]["Code"]
        assert got == code, f"expected {code}, got {got}: {error}"
        return error
    raise AssertionError(f"expected {code}, the call succeeded")


def boto3_flow(endpoint):
    client = boto3.client("sso-oidc", region_name="us-east-1", endpoint_url=endpoint)
    registered = client.register_client(
        clientName="boto3", clientType="public", scopes=["sso:account:access"]
    )
    client_id, secret = registered["clientId"], registered["clientSecret"]
    assert registered["clientSecretExpiresAt"] - registered["clientIdIssuedAt"] == 90 * 24 * 3600

    device = client.start_device_authorization(
        clientId=client_id, clientSecret=secret, startUrl=START_URL
    )
    assert device["expiresIn"] == 600, device
    assert device["verificationUriComplete"].endswith(device["userCode"]), device

    poll = dict(clientId=client_id, clientSecret=secret, grantType=DEVICE_GRANT,
                deviceCode=device["deviceCode"])
    error = expect_error("AuthorizationPendingException", client.create_token, **poll)
    assert error.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    # The modeled exception class is raised, as against AWS.
    assert isinstance(error, client.exceptions.AuthorizationPendingException), type(error)

    approve(endpoint, device["userCode"])
    tokens = client.create_token(**poll)
    assert tokens["tokenType"] == "Bearer" and tokens["accessToken"], tokens
    refreshed = client.create_token(clientId=client_id, clientSecret=secret,
                                    grantType="refresh_token",
                                    refreshToken=tokens["refreshToken"])
    assert refreshed["refreshToken"] != tokens["refreshToken"]

    expect_error("InvalidClientMetadataException", client.register_client,
                 clientName="x", clientType="confidential")
    expect_error("InvalidClientException", client.start_device_authorization,
                 clientId=client_id, clientSecret="wrong", startUrl=START_URL)
    expect_error("UnsupportedGrantTypeException", client.create_token,
                 clientId=client_id, clientSecret=secret, grantType="password")
    expect_error("InvalidGrantException", client.create_token_with_iam,
                 clientId=client_id, grantType="refresh_token", refreshToken="never-issued")
    print("boto3: device flow, refresh and 4 modeled errors ok")


def aws_cli(endpoint, *args):
    """Runs `aws sso-oidc ARGS`; returns (exit code, parsed stdout or None, stderr)."""
    aws = os.path.join(os.path.dirname(sys.executable), "aws")
    result = subprocess.run(
        [aws, "sso-oidc", *args, "--endpoint-url", endpoint, "--output", "json"],
        capture_output=True, text=True, check=False, env=CLI_ENV,
    )
    out = json.loads(result.stdout) if result.returncode == 0 and result.stdout.strip() else None
    return result.returncode, out, result.stderr


def cli_error(endpoint, code, operation, *args):
    status, _, stderr = aws_cli(endpoint, *args)
    assert status != 0, f"{args}: expected {code}, the call succeeded"
    expected = f"An error occurred ({code}) when calling the {operation} operation"
    assert expected in stderr, f"expected {code}, stderr: {stderr}"


def aws_cli_flow(endpoint):
    status, registered, stderr = aws_cli(
        endpoint, "register-client", "--client-name", "aws-cli", "--client-type", "public")
    assert status == 0, stderr
    client_id, secret = registered["clientId"], registered["clientSecret"]
    status, device, stderr = aws_cli(
        endpoint, "start-device-authorization", "--client-id", client_id,
        "--client-secret", secret, "--start-url", START_URL)
    assert status == 0, stderr
    poll = ["create-token", "--client-id", client_id, "--client-secret", secret,
            "--grant-type", DEVICE_GRANT, "--device-code", device["deviceCode"]]
    cli_error(endpoint, "AuthorizationPendingException", "CreateToken", *poll)
    approve(endpoint, device["userCode"])
    status, tokens, stderr = aws_cli(endpoint, *poll)
    assert status == 0, stderr
    assert tokens["tokenType"] == "Bearer", tokens
    status, refreshed, stderr = aws_cli(
        endpoint, "create-token", "--client-id", client_id, "--client-secret", secret,
        "--grant-type", "refresh_token", "--refresh-token", tokens["refreshToken"])
    assert status == 0, stderr
    assert refreshed["accessToken"] != tokens["accessToken"]

    cli_error(endpoint, "InvalidClientMetadataException", "RegisterClient",
              "register-client", "--client-name", "x", "--client-type", "confidential")
    cli_error(endpoint, "InvalidClientException", "StartDeviceAuthorization",
              "start-device-authorization", "--client-id", client_id,
              "--client-secret", "wrong", "--start-url", START_URL)
    cli_error(endpoint, "UnsupportedGrantTypeException", "CreateToken",
              "create-token", "--client-id", client_id, "--client-secret", secret,
              "--grant-type", "password")
    cli_error(endpoint, "InvalidGrantException", "CreateTokenWithIAM",
              "create-token-with-iam", "--client-id", client_id,
              "--grant-type", "refresh_token", "--refresh-token", "never-issued")
    print("aws cli v1: device flow, refresh and 4 modeled errors ok")


# AWS CLI v1 fetches any parameter that looks like a URL (`--start-url
# https://...`) unless told not to, which would reach the network.
_CONFIG = tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False)
_CONFIG.write("[default]\ncli_follow_urlparam = false\n")
_CONFIG.close()
CLI_ENV = dict(os.environ, AWS_CONFIG_FILE=_CONFIG.name)


if __name__ == "__main__":
    endpoint = sys.argv[1]
    boto3_flow(endpoint)
    aws_cli_flow(endpoint)
