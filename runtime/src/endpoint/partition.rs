//! The AWS partition table behind the `aws.partition` rules function.
//!
//! Written from the public partition facts (which regions belong where, their
//! DNS suffixes and capabilities). A region that is in no list is matched by
//! its shape (`<prefix>-<word>-<digits>`), and anything else falls back to the
//! `aws` partition, as the rules engine specification asks.
//!
//! The isolated partitions are marked without dual-stack support, with their
//! ordinary DNS suffix as the dual-stack one: that is what the endpoint test
//! cases of the published service models expect.

use serde_json::{json, Value};

struct Partition {
    id: &'static str,
    /// Region-name prefixes of the partition's `<prefix>-<word>-<digits>` shape.
    prefixes: &'static [&'static str],
    regions: &'static [&'static str],
    dns_suffix: &'static str,
    dual_stack_dns_suffix: &'static str,
    supports_dual_stack: bool,
    implicit_global_region: &'static str,
}

const PARTITIONS: &[Partition] = &[
    Partition {
        id: "aws",
        prefixes: &["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"],
        regions: &[
            "af-south-1",
            "ap-east-1",
            "ap-east-2",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-northeast-3",
            "ap-south-1",
            "ap-south-2",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "ap-southeast-5",
            "ap-southeast-6",
            "ap-southeast-7",
            "aws-global",
            "ca-central-1",
            "ca-west-1",
            "eu-central-1",
            "eu-central-2",
            "eu-north-1",
            "eu-south-1",
            "eu-south-2",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "il-central-1",
            "me-central-1",
            "me-south-1",
            "mx-central-1",
            "sa-east-1",
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2",
        ],
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        supports_dual_stack: true,
        implicit_global_region: "us-east-1",
    },
    Partition {
        id: "aws-cn",
        prefixes: &["cn"],
        regions: &["aws-cn-global", "cn-north-1", "cn-northwest-1"],
        dns_suffix: "amazonaws.com.cn",
        dual_stack_dns_suffix: "api.amazonwebservices.com.cn",
        supports_dual_stack: true,
        implicit_global_region: "cn-northwest-1",
    },
    Partition {
        id: "aws-eusc",
        prefixes: &["eusc-de"],
        regions: &["eusc-de-east-1"],
        dns_suffix: "amazonaws.eu",
        dual_stack_dns_suffix: "api.amazonwebservices.eu",
        supports_dual_stack: true,
        implicit_global_region: "eusc-de-east-1",
    },
    Partition {
        id: "aws-iso",
        prefixes: &["us-iso"],
        regions: &["aws-iso-global", "us-iso-east-1", "us-iso-west-1"],
        dns_suffix: "c2s.ic.gov",
        dual_stack_dns_suffix: "c2s.ic.gov",
        supports_dual_stack: false,
        implicit_global_region: "us-iso-east-1",
    },
    Partition {
        id: "aws-iso-b",
        prefixes: &["us-isob"],
        regions: &["aws-iso-b-global", "us-isob-east-1"],
        dns_suffix: "sc2s.sgov.gov",
        dual_stack_dns_suffix: "sc2s.sgov.gov",
        supports_dual_stack: false,
        implicit_global_region: "us-isob-east-1",
    },
    Partition {
        id: "aws-iso-e",
        prefixes: &["eu-isoe"],
        regions: &["aws-iso-e-global", "eu-isoe-west-1"],
        dns_suffix: "cloud.adc-e.uk",
        dual_stack_dns_suffix: "cloud.adc-e.uk",
        supports_dual_stack: false,
        implicit_global_region: "eu-isoe-west-1",
    },
    Partition {
        id: "aws-iso-f",
        prefixes: &["us-isof"],
        regions: &["aws-iso-f-global", "us-isof-east-1", "us-isof-south-1"],
        dns_suffix: "csp.hci.ic.gov",
        dual_stack_dns_suffix: "csp.hci.ic.gov",
        supports_dual_stack: false,
        implicit_global_region: "us-isof-south-1",
    },
    Partition {
        id: "aws-us-gov",
        prefixes: &["us-gov"],
        regions: &["aws-us-gov-global", "us-gov-east-1", "us-gov-west-1"],
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        supports_dual_stack: true,
        implicit_global_region: "us-gov-west-1",
    },
];

/// Whether `region` is `<prefix>-<word>-<digits>` (word: letters, digits, `_`).
fn has_shape(region: &str, prefix: &str) -> bool {
    let Some(rest) = region
        .strip_prefix(prefix)
        .and_then(|r| r.strip_prefix('-'))
    else {
        return false;
    };
    let Some((word, number)) = rest.split_once('-') else {
        return false;
    };
    !word.is_empty()
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
}

/// The `aws.partition` result for `region`: an object with `name`, `dnsSuffix`,
/// `dualStackDnsSuffix`, `supportsFIPS`, `supportsDualStack` and `implicitGlobalRegion`.
pub(crate) fn partition(region: &str) -> Value {
    let found = PARTITIONS
        .iter()
        .find(|p| p.regions.contains(&region))
        .or_else(|| {
            PARTITIONS
                .iter()
                .find(|p| p.prefixes.iter().any(|prefix| has_shape(region, prefix)))
        })
        .unwrap_or(&PARTITIONS[0]);
    json!({
        "name": found.id,
        "dnsSuffix": found.dns_suffix,
        "dualStackDnsSuffix": found.dual_stack_dns_suffix,
        "supportsFIPS": true,
        "supportsDualStack": found.supports_dual_stack,
        "implicitGlobalRegion": found.implicit_global_region,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_map_to_partitions_by_list_then_shape_then_default() {
        let name = |region: &str| {
            partition(region)["name"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(name("us-east-1"), "aws");
        assert_eq!(name("us-gov-west-1"), "aws-us-gov");
        assert_eq!(name("us-gov-north-7"), "aws-us-gov", "by shape");
        assert_eq!(name("cn-south-9"), "aws-cn", "by shape");
        assert_eq!(name("us-iso-east-1"), "aws-iso");
        assert_eq!(name("eusc-de-east-1"), "aws-eusc");
        assert_eq!(name("ap-mars-1"), "aws", "by shape");
        assert_eq!(name("moon"), "aws", "fallback");
        assert_eq!(partition("cn-north-1")["dnsSuffix"], "amazonaws.com.cn");
    }
}
