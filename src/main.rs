//! The `concord` binary: parses the command line and runs a subcommand.

mod cmd;

use clap::{Parser, Subcommand};

/// mimalloc instead of the system allocator: the pipeline allocates many small vectors and
/// strings per sentence (features, sides, grids), and glibc's malloc and free took a tenth of
/// the time of a 1,000-article run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Align the language editions of a news article into a parallel corpus and tell whether the
/// editions agree.
#[derive(Parser, Debug)]
#[command(
    name = "concord",
    version,
    about,
    after_help = "Run `concord align --help` for examples."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Align the editions of one article (or a folder of articles) and report on them.
    #[command(after_help = cmd::align::EXAMPLES)]
    Align(cmd::align::AlignArgs),
    /// Score sentence alignments against gold ones: strict and lax precision, recall and F1.
    #[command(after_help = cmd::eval::EXAMPLES)]
    Eval(cmd::eval::EvalArgs),
    /// Download every edition of one article of the news site into an article folder.
    #[command(after_help = cmd::fetch::EXAMPLES)]
    Fetch(cmd::fetch::FetchArgs),
    /// Show what concord reads in edition files: encoding, language, shape, sections, sources.
    #[command(after_help = cmd::inspect::EXAMPLES)]
    Inspect(cmd::inspect::InspectArgs),
    /// Align two files of sentences, one a line, into beads.
    #[command(after_help = cmd::pair::EXAMPLES)]
    Pair(cmd::pair::PairArgs),
    /// Split text into sentences, one a line or as JSON with offsets.
    #[command(after_help = cmd::segment::EXAMPLES)]
    Segment(cmd::segment::SegmentArgs),
}

fn main() {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Align(args) => cmd::align::run(args),
        Command::Inspect(args) => cmd::inspect::run(args),
        Command::Segment(args) => cmd::segment::run(args),
        Command::Pair(args) => cmd::pair::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Fetch(args) => cmd::fetch::run(args),
    };
    if let Err(e) = result {
        eprintln!("concord: {e}");
        std::process::exit(e.exit_code());
    }
}
