package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The primitives against published vectors: RFC 9106 for Argon2id, the GCM specification for AES-256-GCM. */
class KnownAnswerTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void argon2idMatchesRfc9106Section5_3() {
        byte[] password = filled(32, 0x01);
        byte[] salt = filled(16, 0x02);
        byte[] secret = filled(8, 0x03);
        byte[] associated = filled(12, 0x04);
        byte[] tag = Argon2Kdf.rawUnchecked(password, salt, 32, 3, 4, secret, associated, 32, null);
        assertArrayEquals(HEX.parseHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"), tag);
    }

    @Test
    void aes256GcmMatchesGcmSpecTestCases13And14() throws Exception {
        byte[] key = new byte[32];
        byte[] iv = new byte[12];
        assertArrayEquals(HEX.parseHex("530f8afbc74536b9a963b4f1c4cb738b"), gcm(key, iv, new byte[0], new byte[0]));
        assertArrayEquals(HEX.parseHex("cea7403d4d606b6e074ec5d3baf39d18" + "d0d1c8a799996bf0265b98b5d48ab919"),
                gcm(key, iv, new byte[16], new byte[0]));
    }

    @Test
    void aes256GcmMatchesGcmSpecTestCase16WithAssociatedData() throws Exception {
        byte[] key = HEX.parseHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        byte[] iv = HEX.parseHex("cafebabefacedbaddecaf888");
        byte[] plain = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        byte[] expected = HEX.parseHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662" + "76fc6ece0f4e1768cddf8853bb2d551b");
        assertArrayEquals(expected, gcm(key, iv, plain, aad));
    }

    private static byte[] gcm(byte[] key, byte[] iv, byte[] plain, byte[] aad) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(aad);
        return cipher.doFinal(plain);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
