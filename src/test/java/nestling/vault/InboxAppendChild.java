package nestling.vault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child JVM for {@link InboxKillTest}: appends numbered records to the inbox beside {@code args[0]}
 * as fast as it can, printing "acked N" only after each append returned (the moment "Logged" would
 * be printed), until it is killed.
 */
public final class InboxAppendChild {
    private InboxAppendChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int next = Integer.parseInt(args[1]);
        byte[] publicKey = InboxKeyFile.read(dir).orElseThrow();
        System.out.println("ready");
        System.out.flush();
        for (int i = next; ; i++) {
            InboxFile.append(dir, publicKey, ("record " + i + " " + "x".repeat(i % 200)).getBytes(StandardCharsets.UTF_8));
            System.out.println("acked " + i);
            System.out.flush();
        }
    }
}
