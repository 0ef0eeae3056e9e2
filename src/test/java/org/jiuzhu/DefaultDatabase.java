package org.jiuzhu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default database of application.yaml moved to another folder. Its settings are read from
 * application.yaml, not copied, so a test of the default runs exactly what `./mvnw spring-boot:run` runs.
 */
public final class DefaultDatabase {

  private static final String FILE_PREFIX = "jdbc:h2:file:";
  private static final String NAME = "jiuzhu";

  private DefaultDatabase() {
  }

  /** The default's JDBC URL with the database files in {@code folder}. */
  public static String url(Path folder) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    String url = yaml.getObject().getProperty("spring.datasource.url");
    assertThat(url).as("the default datasource in application.yaml").startsWith(FILE_PREFIX).contains(";");
    return FILE_PREFIX + folder.resolve(NAME).toAbsolutePath() + url.substring(url.indexOf(';'));
  }

  /** Where H2 writes the errors it traces, beside the database file. */
  public static Path traceFile(Path folder) {
    return folder.resolve(NAME + ".trace.db");
  }
}
