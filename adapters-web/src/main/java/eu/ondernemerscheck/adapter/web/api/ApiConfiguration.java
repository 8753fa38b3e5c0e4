package eu.ondernemerscheck.adapter.web.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.filter.CorsFilter;

import java.util.Arrays;
import java.util.List;

/**
 * Rate limiting, CORS and the lean path for plain calculation requests of the public API. CORS stays closed (no
 * cross-origin browser calls) unless origins are configured in {@code ondernemerscheck.api.cors.allowed-origins}.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimit(
            @Value("${ondernemerscheck.api.rate-limit.enabled:true}") boolean enabled,
            @Value("${ondernemerscheck.api.rate-limit.capacity:60}") long capacity,
            @Value("${ondernemerscheck.api.rate-limit.per-minute:120}") long perMinute) {
        FilterRegistrationBean<ApiRateLimitFilter> registration =
                new FilterRegistrationBean<>(new ApiRateLimitFilter(capacity, perMinute));
        registration.addUrlPatterns("/api/*");
        registration.setEnabled(enabled);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After CORS and the rate limit, ahead of Spring Boot's other filters and Spring Security's chains. */
    @Bean
    FilterRegistrationBean<PlainCalculationFilter> plainCalculations(CalculationApi api) {
        FilterRegistrationBean<PlainCalculationFilter> registration =
                new FilterRegistrationBean<>(new PlainCalculationFilter(api));
        registration.addUrlPatterns(PlainCalculationFilter.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CorsFilter> apiCors(
            @Value("${ondernemerscheck.api.cors.allowed-origins:}") String allowedOrigins) {
        List<String> origins = Arrays.stream(allowedOrigins.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Content-Type"));
        cors.setAllowCredentials(false);
        // the filter runs for the API's addresses only (below), so every request it sees gets this configuration
        // without matching its path again on every call
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(request -> cors));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
