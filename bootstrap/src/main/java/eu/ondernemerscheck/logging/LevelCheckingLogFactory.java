package eu.ondernemerscheck.logging;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Commons Logging, which Spring and its libraries write their log to, on SLF4J (Logback), as commons-logging's own
 * bridge does, except that a message for a level that is off is never turned into text. The bridge of
 * commons-logging 1.3 formats every message before Logback looks at the level; Spring Security's method security
 * passes two lazy debug messages per call that describe the whole call, and formatting them was about 5 % of the
 * public calculation API's time with debug logging off (docs/performance.md, "Calculation API", third round).
 * Chosen by commons-logging through {@code META-INF/services/org.apache.commons.logging.LogFactory}.
 */
public final class LevelCheckingLogFactory extends LogFactory {

    private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(Class<?> type) {
        return getInstance(type.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, n -> new LevelCheckingLog(LoggerFactory.getLogger(n)));
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void release() {
        logs.clear();
    }
}
