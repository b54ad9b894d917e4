package org.longarm.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where one pack's files are: a folder of the classpath ({@code org/longarm/pack/CODE/}) or a folder on disk
 * ({@code --packs DIR}, one sub-folder a pack). Errors name the file as the user would find it.
 */
final class PackSource {
    private final String code;
    private final String resourceDir;
    private final Path dir;

    private PackSource(String code, String resourceDir, Path dir) {
        if (code == null || !code.matches("[a-z][a-z0-9_]{0,15}")) throw new PackException("bad pack code '" + code + "'");
        this.code = code;
        this.resourceDir = resourceDir;
        this.dir = dir;
    }

    /** The pack {@code code} inside the jar. */
    static PackSource classpath(String code) {
        return new PackSource(code, "org/longarm/pack/" + code + "/", null);
    }

    /** A pack folder on disk; its name is its code. */
    static PackSource folder(Path dir) {
        return new PackSource(String.valueOf(dir.getFileName()), null, dir);
    }

    String code() {
        return code;
    }

    /** The file as a user would find it: a classpath resource name or a path. */
    String where(String file) {
        return dir != null ? dir.resolve(file).toString() : resourceDir + file;
    }

    boolean has(String file) {
        if (dir != null) return Files.isRegularFile(dir.resolve(file));
        return PackSource.class.getClassLoader().getResource(resourceDir + file) != null;
    }

    byte[] bytes(String file) {
        if (dir != null) {
            try {
                return Files.readAllBytes(dir.resolve(file));
            } catch (java.nio.file.NoSuchFileException e) {
                throw new PackException("pack file missing: " + where(file));
            } catch (IOException e) {
                throw new UncheckedIOException(where(file), e);
            }
        }
        try (InputStream in = PackSource.class.getClassLoader().getResourceAsStream(resourceDir + file)) {
            if (in == null) throw new PackException("pack file missing from the classpath: " + where(file));
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(where(file), e);
        }
    }

    /** The data rows of a file that must exist. */
    List<PackFiles.Row> rows(String file) {
        return PackFiles.rows(where(file), bytes(file));
    }

    /** The data rows of a file that a pack may leave out (none then). */
    List<PackFiles.Row> rowsIfPresent(String file) {
        return has(file) ? rows(file) : List.of();
    }

    @Override
    public String toString() {
        return dir != null ? dir.toString() : resourceDir;
    }
}
