package dev.atlanspring.benchmark;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The minimal Spring Boot application the tenant and start-up benchmarks start: auto-configuration only, no
 * component scan, no web server. It names no Atlan class, so that it also starts without the starter on the class
 * path. With {@code benchmark.webclient=true} it also builds a {@link WebClient} of its own at start-up, as an
 * application that already talks HTTP with WebClient does.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class BenchmarkApp {

    @Bean
    @ConditionalOnProperty("benchmark.webclient")
    WebClient applicationWebClient(WebClient.Builder builder) {
        return builder.baseUrl("http://127.0.0.1:9").build();
    }

    /**
     * Starts the application and returns once its context is ready.
     * @param properties the application's properties
     * @return the running context
     */
    static ConfigurableApplicationContext run(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putIfAbsent("spring.reactor.netty.shutdown-quiet-period", "0s");
        all.putIfAbsent("logging.level.root", "WARN");
        SpringApplication application = new SpringApplication(BenchmarkApp.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(all);
        return application.run();
    }

}
