package nestling.backup;

import nestling.vault.SealedFile;

/**
 * What may open an encrypted backup: the unlocked vault's key (a backup made with the vault's
 * passphrase on this laptop opens without another Argon2id run) and/or a passphrase (a separate
 * backup passphrase, or the same passphrase used on another laptop). Either may be null.
 */
public record BackupKeys(SealedFile.Key vaultKey, char[] passphrase) {
    public static BackupKeys none() {
        return new BackupKeys(null, null);
    }

    public static BackupKeys passphrase(char[] passphrase) {
        return new BackupKeys(null, passphrase);
    }
}
