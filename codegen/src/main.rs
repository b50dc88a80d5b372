//! `codegen --model PATH --out DIR`: the generator on its own, for any model.

use clap::Parser;

#[derive(Parser)]
#[command(
    name = "codegen",
    about = "Generate a Rust SDK crate from a Smithy JSON AST model"
)]
struct Cli {
    #[command(flatten)]
    args: codegen::cli::Args,
}

fn main() {
    let cli = Cli::parse();
    // The runtime crate sits beside this one in the workspace the binary was built from.
    let env = codegen::cli::Environment {
        runtime_dir: std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime"),
        workspace_members: Vec::new(),
        model_label: None,
        regenerate: None,
        regenerate_program: "codegen",
    };
    std::process::exit(codegen::cli::run(&cli.args, &env));
}
