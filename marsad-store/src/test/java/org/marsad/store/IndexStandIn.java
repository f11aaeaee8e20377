package org.marsad.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.marsad.search.SearchIndex;

/**
 * An index as a test needs another process or a failing cluster to show it: every call goes to a real index unless
 * the test's hook answers it (a value, or an exception thrown). The one way tests build such stand-ins: a shared
 * collection ({@link #shared}, {@link OneCollection}), nodes gone down ({@link NodesDown}), a merge cut short.
 */
public final class IndexStandIn {
    /** What a hook returns to let the real index answer. */
    public static final Object PASS = new Object();

    /** A test's answer to a call by the method's name: a value, {@link #PASS}, or an exception thrown. */
    @FunctionalInterface
    public interface Hook {
        Object answer(String method, Object[] args) throws Throwable;
    }

    private IndexStandIn() {
    }

    /** {@code real}, whose calls {@code hook} sees first. */
    public static SearchIndex over(SearchIndex real, Hook hook) {
        return (SearchIndex) Proxy.newProxyInstance(SearchIndex.class.getClassLoader(),
                new Class<?>[] {SearchIndex.class}, (proxy, method, args) -> {
                    Object answer = hook.answer(method.getName(), args);
                    if (answer != PASS) {
                        return answer;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** {@code real} saying it is {@linkplain SearchIndex#shared shared}, as a SolrCloud collection is. */
    public static SearchIndex shared(SearchIndex real) {
        return over(real, (method, args) -> method.equals("shared") ? (Object) true : PASS);
    }
}
