package org.jiuzhu.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code jiuzhu.security}.
 *
 * @param unlockUsers users to unlock at start-up (env {@code JIUZHU_SECURITY_UNLOCKUSERS}, comma-separated),
 *                    the way back in when every admin is locked out; remove it once they can log in again
 */
@ConfigurationProperties("jiuzhu.security")
public record SecurityProperties(@DefaultValue List<String> unlockUsers) {
}
