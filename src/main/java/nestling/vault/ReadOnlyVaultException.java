package nestling.vault;

import java.io.IOException;

/**
 * A save refused because the vault was opened from a folder that cannot be written (a read-only
 * mount, a folder without write permission): reading works, nothing is written. Retrying cannot
 * help until the folder is writable and the vault is opened again.
 */
public final class ReadOnlyVaultException extends IOException {
    private static final long serialVersionUID = 1L;

    ReadOnlyVaultException() {
        super(VaultProblem.READ_ONLY.message());
    }

    public VaultProblem problem() {
        return VaultProblem.READ_ONLY;
    }
}
