package io.jenkins.plugins.bakedsecrets.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Standard output whose write failures end the command. {@code PrintStream} and {@code PrintWriter} swallow I/O
 * errors, so a report written to a full disk or a closed pipe was lost without a word and the exit code still read
 * as a verdict. The first failure is thrown unchecked, which those writers pass on, and the command exits 2 with one
 * line; what is written after it is dropped, so the one line stays one.
 */
final class StandardOutput extends FilterOutputStream {
    private boolean failed;

    StandardOutput(OutputStream out) {
        super(out);
    }

    /** The process's standard output. */
    static StandardOutput ofProcess() {
        return new StandardOutput(new FileOutputStream(FileDescriptor.out));
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (failed) {
            return;
        }
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void flush() {
        if (failed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private UncheckedIOException failure(IOException e) {
        failed = true;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new UncheckedIOException(new IOException("cannot write to standard output (" + why
                + "); the output is incomplete", e));
    }
}
