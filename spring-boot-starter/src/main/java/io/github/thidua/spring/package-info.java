/**
 * Spring Boot auto-configuration of thidua: {@link io.github.thidua.spring.ThiduaAutoConfiguration} (beans),
 * {@link io.github.thidua.spring.ThiduaProperties} ({@code thidua.*}), the {@code thidua} health indicator.
 */
package io.github.thidua.spring;
