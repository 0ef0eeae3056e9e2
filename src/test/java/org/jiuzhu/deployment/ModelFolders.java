package org.jiuzhu.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the project's model folders, for tests that revise models or write into the folders. */
public final class ModelFolders {

  public static final Path PROCESSES = Path.of("processes");
  public static final Path FORMS = Path.of("forms");

  private ModelFolders() {
  }

  /** Copies processes/ and forms/ under root. */
  public static ModelsProperties copyOfRealModels(Path root) {
    Path processes = root.resolve("processes");
    Path forms = root.resolve("forms");
    copy(PROCESSES, processes);
    copy(FORMS, forms);
    return new ModelsProperties(processes, forms);
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.write(target, Files.readAllBytes(source));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
