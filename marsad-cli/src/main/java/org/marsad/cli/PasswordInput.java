package org.marsad.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.marsad.accounts.AccountException;
import org.marsad.accounts.Accounts;

/**
 * Where a new password comes from: the first line of standard input ({@code --password-stdin}, for scripts), or the
 * terminal, asked twice without echo. Never from an argument, which other users of the machine can read in the
 * process list. The password is never printed.
 */
final class PasswordInput {
    /** More than any accepted password (72 bytes), so that a too-long one gets its own clear message. */
    private static final int MAX_LINE = 1024;

    private PasswordInput() {
    }

    /**
     * The password for {@code user}: from standard input when {@code fromStdin}, else asked on the terminal. A
     * password the rules refuse, or none, is bad input (exit 2), like any other bad value a command is given.
     */
    static char[] read(boolean fromStdin, String user) {
        char[] password = fromStdin ? firstLine(System.in) : ask(user);
        try {
            Accounts.checkPassword(password);
        } catch (AccountException e) {
            Arrays.fill(password, '\0');
            throw UserException.usage(e.getMessage());
        }
        return password;
    }

    /** The first line of {@code in} (UTF-8, without its line end). */
    static char[] firstLine(InputStream in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (buf.size() >= MAX_LINE) {
                    throw UserException.usage("the password on standard input is too long");
                }
                buf.write(b);
            }
        } catch (IOException e) {
            throw new UserException("cannot read the password from standard input: " + e.getMessage());
        }
        byte[] bytes = buf.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') {
            n--;
        }
        if (n == 0) {
            throw UserException.usage("no password on standard input (--password-stdin reads its first line)");
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n));
            char[] out = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return out;
        } catch (CharacterCodingException e) {
            throw UserException.usage("the password on standard input is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static char[] ask(String user) {
        Console console = System.console();
        if (console == null) {
            throw UserException.usage("no terminal to ask for the password: give it on standard input with "
                    + "--password-stdin");
        }
        char[] first = console.readPassword("Password for %s: ", user);
        if (first == null || first.length == 0) {
            throw UserException.usage("no password given");
        }
        char[] again = console.readPassword("The same password again: ");
        if (again == null || !Arrays.equals(first, again)) {
            Arrays.fill(first, '\0');
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            throw UserException.usage("the two passwords differ; nothing was changed");
        }
        Arrays.fill(again, '\0');
        return first;
    }
}
