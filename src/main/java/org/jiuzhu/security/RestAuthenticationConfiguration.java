package org.jiuzhu.security;

import java.time.Clock;

import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST starter leaves /engine-rest open to anyone. It is behind HTTP Basic checked against the engine's
 * identity service; the project's /api too, and its pages also take the webapps' login of the browser session
 * ({@link WebappSessionAuthenticationProvider}); the engine then knows who is calling. In front of the password
 * check, in this order: the security headers, so that every answer carries them, 401 and 429 included; the
 * login throttle, so that a blocked address's passwords are never checked; and for /api the login page that
 * spares a person the browser's password prompt.
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
  FilterRegistrationBean<LoginPageFilter> loginPageFilter(CamundaBpmProperties camunda) {
    FilterRegistrationBean<LoginPageFilter> registration = new FilterRegistrationBean<>(
        new LoginPageFilter(camunda.getProcessEngineName(), camunda.getWebapp().getApplicationPath()));
    registration.setName("jiuzhu-login-page");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    return authentication("jiuzhu-rest-authentication", "/engine-rest/*", HttpBasicAuthenticationProvider.class);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    return authentication("jiuzhu-api-authentication", "/api/*", WebappSessionAuthenticationProvider.class);
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(String name, String urls,
      Class<? extends AuthenticationProvider> provider) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(urls);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
    registration.setOrder(11);
    return registration;
  }
}
