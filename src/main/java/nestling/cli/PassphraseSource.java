package nestling.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * Where passphrases come from: one line each from standard input, or from a file. Never from the
 * command line itself (it would show in the process list and the shell history). Passphrases are
 * handed out as {@code char[]} that the caller wipes.
 */
final class PassphraseSource {
    @Option(names = "--passphrase-stdin", description = "Read the passphrase from standard input (one line each).")
    boolean fromStdin;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from FILE (one line each).")
    Path file;

    private InputStream stream;

    /** Reads the next passphrase line; fails with a usage error when there is none. */
    char[] next(Console console, String what) {
        if (stream == null) {
            stream = open(console);
        }
        try {
            char[] line = readLine(stream);
            if (line == null || line.length == 0) {
                throw new CliFailure(ExitCodes.USAGE, "expected " + what + " on its own line, but the input ended.");
            }
            return line;
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.USAGE, "could not read " + what + ": " + e.getClass().getSimpleName());
        }
    }

    private InputStream open(Console console) {
        if (fromStdin && file != null) {
            throw new CliFailure(ExitCodes.USAGE, "give either --passphrase-stdin or --passphrase-file, not both.");
        }
        if (fromStdin) {
            return console.in();
        }
        if (file != null) {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "cannot read the passphrase file " + file + ".");
            }
        }
        throw new CliFailure(ExitCodes.USAGE,
                "this command needs the passphrase: add --passphrase-stdin (and pipe it in) or --passphrase-file FILE.");
    }

    /** One line as UTF-8 characters without the line ending; null at end of input. */
    static char[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            bytes.write(b);
        }
        if (!any) {
            return null;
        }
        byte[] raw = bytes.toByteArray();
        int length = raw.length;
        if (length > 0 && raw[length - 1] == '\r') {
            length--;
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, 0, length));
            char[] result = new char[chars.remaining()];
            chars.get(result);
            Arrays.fill(chars.array(), '\0');
            return result;
        } catch (CharacterCodingException e) {
            throw new IOException("the passphrase is not valid UTF-8");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
