package org.longarm.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the paths given on the way in into the files to read: a folder becomes its files, recursively and
 * sorted by path, without hidden files or folders and without sidecar {@code .meta.json} files; a path that does
 * not exist is reported and skipped. Symbolic links are followed; a loop among them is reported. Each file is listed once, in the order the inputs were given.
 */
final class InputFiles {
    private InputFiles() {}

    static List<Path> expand(List<Path> inputs, IngestSink sink) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                sink.problem(new IngestProblem(input.toString(), Problems.NO_SUCH_FILE));
            } else if (Files.isDirectory(input)) {
                out.addAll(walk(input, sink));
            } else if (FileKind.of(input) != FileKind.SIDECAR) {
                out.add(input);
            }
        }
        return List.copyOf(out);
    }

    private static List<Path> walk(Path root, IngestSink sink) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && FileKind.of(file) != FileKind.SIDECAR && Files.isRegularFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    sink.problem(new IngestProblem(file.toString(), Problems.io(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.problem(new IngestProblem(root.toString(), Problems.io(e)));
        }
        found.sort(null);
        return found;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
