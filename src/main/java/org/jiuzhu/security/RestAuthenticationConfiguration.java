package org.jiuzhu.security;

import java.time.Clock;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST starter leaves /engine-rest open to anyone. Both it and the project's /api are behind HTTP
 * Basic checked against the engine's identity service; the engine then knows who is calling. In front of the
 * password check, in this order: the security headers, so that every answer carries them, 401 and 429
 * included; then the login throttle, so that a blocked address's passwords are never checked.
 */
@Configuration
class RestAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
    FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("jiuzhu-security-headers");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(8);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(SecurityProperties security, CamundaBpmProperties camunda) {
    String webapps = camunda.getWebapp().getApplicationPath();
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
        new LoginThrottleFilter(new LoginThrottle(security.loginThrottle(), Clock.systemUTC()), webapps));
    registration.setName("jiuzhu-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", webapps + "/api/admin/auth/user/*");
    registration.setOrder(9);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("jiuzhu-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(10);
    return registration;
  }
}
