//! The command line: one module per subcommand, each parsing its arguments and calling the
//! library.

pub mod align;
pub mod eval;
pub mod fetch;
pub mod inspect;
pub mod pair;
pub mod segment;
pub mod stream;
