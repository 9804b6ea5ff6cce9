package nestling.vault;

import java.io.IOException;

/**
 * A save refused because another Nestling opened this vault while this one had it open (its lock
 * file was deleted or renamed under it) and holds it or changed the file since: writing would
 * replace a vault this process never loaded. Nothing was written; retrying cannot help.
 */
public final class AnotherWriterException extends IOException {
    private static final long serialVersionUID = 1L;

    AnotherWriterException() {
        super(VaultProblem.CHANGED_ELSEWHERE.message());
    }

    public VaultProblem problem() {
        return VaultProblem.CHANGED_ELSEWHERE;
    }
}
