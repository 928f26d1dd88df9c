//! The one error type of the library: what went wrong, with the file it concerns and what the
//! user can do about it. The CLI prints it and exits with [`Error::exit_code`].

use std::fmt;
use std::path::Path;

/// A failure concord reports to the user instead of panicking.
#[derive(Debug)]
pub enum Error {
    /// Bad input the user has to fix: a missing folder, an empty or binary file, an edition
    /// that cannot be read. The message names the file and the fix.
    Input(String),
    /// Output could not be written (disk full, permissions). Nothing half-written stays behind.
    Output(String),
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// A bad-input error about one file or folder.
    pub fn input(path: &Path, what: impl fmt::Display) -> Error {
        Error::Input(format!("{}: {}", path.display(), what))
    }

    /// An output error about one file or folder.
    pub fn output(path: &Path, what: impl fmt::Display) -> Error {
        Error::Output(format!("{}: {}", path.display(), what))
    }

    /// The process exit code for this error: 1 for bad input and failed output (2 is kept for
    /// usage errors, which clap reports before the library runs).
    pub fn exit_code(&self) -> i32 {
        1
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input(msg) => write!(f, "bad input: {msg}"),
            Error::Output(msg) => write!(f, "cannot write output: {msg}"),
        }
    }
}

impl std::error::Error for Error {}
