package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.ManagerEvent;

/**
 * Turns asterisk-java's typed events back into protocol words: the event name and its headers.
 *
 * <p>asterisk-java builds each event by calling the setter named after each header, so reading
 * every getter back gives the headers it understood, under their protocol names (compared without
 * case: {@code getCallerIdNum} is {@code CallerIDNum}). Doing it by reflection, once per class,
 * keeps the tracker free of asterisk-java's uneven getter names ({@code getLinkedid} here,
 * {@code getLinkedId} there).
 */
public final class ManagerEventConverter {

    private static final Set<String> NOT_HEADERS = Set.of("class", "source", "datereceived", "timestamp", "internalactionid");
    private static final Map<Class<?>, Accessors> ACCESSORS = new ConcurrentHashMap<>();

    private ManagerEventConverter() {
    }

    /**
     * The event in protocol words. Its time is the PBX's {@code Timestamp:} header when the PBX
     * sends one, else when asterisk-java read it off the socket, else now.
     */
    public static PbxEvent toAmiEvent(ManagerEvent event) {
        Accessors accessors = ACCESSORS.computeIfAbsent(event.getClass(), ManagerEventConverter::accessorsOf);
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < accessors.getters.size(); i++) {
            Object value = read(accessors.getters.get(i), event);
            if (value != null) {
                headers.put(accessors.headers.get(i), value.toString());
            }
        }
        return new PbxEvent(accessors.eventName, timeOf(event), headers);
    }

    static Instant timeOf(ManagerEvent event) {
        Double timestamp = event.getTimestamp();
        if (timestamp != null && timestamp > 0) {
            long micros = Math.round(timestamp * 1_000_000d);
            return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
        }
        if (event.getDateReceived() != null) {
            return event.getDateReceived().toInstant();
        }
        return Instant.now();
    }

    /** The AMI name of an event class: its {@code @AsteriskMapping}, else the class name less "Event". */
    public static String eventNameOf(Class<?> eventClass) {
        AsteriskMapping mapping = eventClass.getAnnotation(AsteriskMapping.class);
        if (mapping != null) {
            return mapping.value();
        }
        String simple = eventClass.getSimpleName();
        return simple.endsWith("Event") ? simple.substring(0, simple.length() - "Event".length()) : simple;
    }

    private static Object read(Method getter, ManagerEvent event) {
        try {
            return getter.invoke(event);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null;
        }
    }

    private static Accessors accessorsOf(Class<?> eventClass) {
        List<Method> getters = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (Method m : eventClass.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            String header = headerName(m);
            if (header != null && !NOT_HEADERS.contains(header.toLowerCase(Locale.ROOT)) && isScalar(m.getReturnType())) {
                // a header with two getters (getLinkedid and getLinkedId) reads the same field twice: harmless
                getters.add(m);
                headers.add(header);
            }
        }
        return new Accessors(eventNameOf(eventClass), List.copyOf(getters), List.copyOf(headers));
    }

    private static String headerName(Method m) {
        String name = m.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return name.substring(3);
        }
        if (name.startsWith("is") && name.length() > 2 && (m.getReturnType() == Boolean.class || m.getReturnType() == boolean.class)) {
            return name.substring(2);
        }
        return null;
    }

    private static boolean isScalar(Class<?> type) {
        return type == String.class || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type == boolean.class || type == int.class || type == long.class || type == double.class
                || type.isEnum();
    }

    private record Accessors(String eventName, List<Method> getters, List<String> headers) {
    }
}
