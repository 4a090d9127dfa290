package io.switchboard.security.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RSA key pairs for development and test tokens, stored as PEM files (PKCS#8 private key, X.509 public key).
 *
 * <p>Production verifies tokens of the platform's identity provider; these keys exist for the local stack and
 * the tests only. JDK classes only, so the launcher needs no other library.
 */
public final class DevKeys {

    private DevKeys() {}

    /** A fresh 2048-bit RSA key pair. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** The key pair stored in {@code folder}, created there on first use. */
    public static KeyPair loadOrCreate(Path folder) {
        Path privatePem = privateKeyFile(folder);
        Path publicPem = publicKeyFile(folder);
        try {
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                Files.createDirectories(folder);
                KeyPair pair = generate();
                Files.writeString(publicPem, publicPem(pair.getPublic()));
                Files.writeString(
                        privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
                return pair;
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privatePem))));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicPem))));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the development keys in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The development keys in " + folder + " are not valid RSA PEM files", e);
        }
    }

    public static Path publicKeyFile(Path folder) {
        return folder.resolve("jwt-public.pem");
    }

    public static Path privateKeyFile(Path folder) {
        return folder.resolve("jwt-private.pem");
    }

    /** The public key as PEM text, as {@code mp.jwt.verify.publickey} accepts it. */
    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
