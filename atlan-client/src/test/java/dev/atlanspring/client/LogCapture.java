package dev.atlanspring.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures what loggers write during each test, at the levels given, and puts the levels back after. Register it
 * as an instance field: {@code @RegisterExtension final LogCapture logs = new LogCapture(Map.of("dev.atlanspring",
 * Level.DEBUG));}. In a Spring Boot test it attaches after the context started, so Boot's logging set-up keeps it.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final Map<String, Level> levels;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private final Map<String, Level> previous = new HashMap<>();

    /**
     * Creates the capture.
     * @param levels the loggers to capture and the level to set each to
     */
    public LogCapture(Map<String, Level> levels) {
        this.levels = Map.copyOf(levels);
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        this.appender.setContext(context);
        this.appender.list.clear();
        this.appender.start();
        this.levels.forEach((name, level) -> {
            Logger logger = context.getLogger(name);
            this.previous.put(name, logger.getLevel());
            logger.setLevel(level);
            logger.addAppender(this.appender);
        });
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        this.levels.keySet().forEach((name) -> {
            Logger logger = context.getLogger(name);
            logger.detachAppender(this.appender);
            logger.setLevel(this.previous.get(name));
        });
        this.appender.stop();
    }

    /**
     * Sets every captured logger to another level for the rest of the test.
     * @param level the level
     */
    public void setLevel(Level level) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        this.levels.keySet().forEach((name) -> context.getLogger(name).setLevel(level));
    }

    /**
     * Returns the events captured so far.
     * @return a copy of the events, oldest first
     */
    public List<ILoggingEvent> events() {
        synchronized (this.appender) {
            return List.copyOf(this.appender.list);
        }
    }

    /**
     * Returns the messages logged at a level.
     * @param level the level
     * @return the formatted messages, oldest first
     */
    public List<String> messages(Level level) {
        return events().stream().filter((event) -> event.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
            .toList();
    }

    /**
     * Returns everything a log file would hold: each message, and each stack trace.
     * @return the texts
     */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (ILoggingEvent event : events()) {
            texts.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        return texts;
    }

    /**
     * Returns the noise a user of the client would see: WARNs and worse, and anything with a stack trace, leaving out
     * what a test's own Reactor Netty server logs about connections the client dropped (it may log after its test
     * has ended, into the next test's capture).
     * @return the events, oldest first
     */
    public List<ILoggingEvent> clientNoise() {
        return events().stream()
            .filter((event) -> event.getLevel().isGreaterOrEqual(Level.WARN) || event.getThrowableProxy() != null)
            .filter((event) -> !event.getLoggerName().startsWith("reactor.netty.http.server")
                    && !event.getLoggerName().startsWith("reactor.netty.transport.ServerTransport"))
            .toList();
    }

}
