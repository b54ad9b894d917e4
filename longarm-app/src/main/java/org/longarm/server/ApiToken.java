package org.longarm.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.longarm.model.Checks;

/**
 * The bearer token that every write needs: {@code $LONGARM_TOKEN} when set, else the content of {@code DATA/api-token},
 * which is created on first start with a random value, readable and writable by its owner only. Tokens are compared
 * in constant time; {@link #id()} names the token in the audit log without revealing it.
 */
final class ApiToken {
    static final String FILE_NAME = "api-token";
    static final String ENV = "LONGARM_TOKEN";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] value;
    private final String id;
    private final String origin;

    ApiToken(String value, String origin) {
        Checks.check(value != null && value.strip().length() >= 16, "the API token must be at least 16 characters");
        this.value = value.strip().getBytes(StandardCharsets.UTF_8);
        this.id = "token:" + HexFormat.of().formatHex(sha256(this.value)).substring(0, 8);
        this.origin = origin;
    }

    /** The token from the environment variable when set, else from (or newly into) the data folder's token file. */
    static ApiToken resolve(Path dataDir, String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) return new ApiToken(fromEnvironment, "$" + ENV);
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) create(file);
            restrict(file);
            return new ApiToken(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the API token file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException raced) {
            // another server created it first: use theirs
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            // nothing to tighten on this file system
        }
    }

    /** True when the {@code Authorization} header carries this token as {@code Bearer TOKEN}; constant time in the token. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sha256(given), sha256(value));
    }

    /** A name for the token in the audit log: a short hash, never the token. */
    String id() {
        return id;
    }

    /** Where the token came from (the variable's name or the file), for the start-up message. */
    String origin() {
        return origin;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ApiToken[" + id + "]";
    }
}
