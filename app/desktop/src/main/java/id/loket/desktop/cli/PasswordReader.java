package id.loket.desktop.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Reads passwords: from the terminal without echo when there is one, otherwise one line per
 * password from standard input, so scripts and tests can pipe them in. Passwords are returned as
 * {@code char[]} so the caller can wipe them.
 */
public final class PasswordReader {

    private final Console console;
    private final BufferedReader input;
    private final PrintWriter prompts;

    /**
     * @param console the terminal, or null when there is none
     * @param input   used when there is no terminal
     * @param prompts where prompts go when reading from {@code input}
     */
    public PasswordReader(Console console, BufferedReader input, PrintWriter prompts) {
        this.console = console;
        this.input = input;
        this.prompts = prompts;
    }

    /** Reads one password after showing the prompt; an empty array when input has ended. */
    public char[] read(String prompt) {
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? new char[0] : typed;
        }
        prompts.print(prompt);
        prompts.flush();
        try {
            String line = input.readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
