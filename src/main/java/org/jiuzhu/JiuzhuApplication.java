package org.jiuzhu;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JiuzhuApplication {

  public static void main(String[] args) {
    // Dates the engine and REST API print (due dates, timers) must read as China time on any server.
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
    SpringApplication.run(JiuzhuApplication.class, args);
  }
}
