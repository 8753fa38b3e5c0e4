package eu.ondernemerscheck.adapter.persistence.rates;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the Java migration that loads the shipped rate data to the platform migrations. */
@Configuration(proxyBeanMethods = false)
class RateMigrationsConfiguration {

    @Bean
    FlywayConfigurationCustomizer shippedRates() {
        return configuration -> configuration.javaMigrations(new V2__Shipped_rates());
    }
}
