package org.jiuzhu.personaldata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataConfiguration {

  @Bean
  PersonalDataKeys personalDataKeys(PersonalDataProperties properties) {
    return new PersonalDataKeys(MasterKeyLoader.load(properties));
  }
}
