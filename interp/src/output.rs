//! Where `print` goes: the host's sink for program output.

/// Receives everything the program writes to stdout, in order.
pub trait PrintSink {
    fn write(&mut self, text: &str);
}

/// A sink that keeps the output in memory.
#[derive(Default, Debug, Clone)]
pub struct CollectOutput {
    pub text: String,
}

impl PrintSink for CollectOutput {
    fn write(&mut self, text: &str) {
        self.text.push_str(text);
    }
}

/// Writes straight to a `std::io::Write` (the CLI's stdout).
pub struct WriteOutput<W: std::io::Write>(pub W);

impl<W: std::io::Write> PrintSink for WriteOutput<W> {
    fn write(&mut self, text: &str) {
        // A closed stdout (e.g. `| head`) must not abort the run with a panic.
        let _ = self.0.write_all(text.as_bytes());
    }
}
