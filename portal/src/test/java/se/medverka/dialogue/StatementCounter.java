package se.medverka.dialogue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the watching thread prepares through the application's DataSource (for
 * "no N+1" checks); statements of other threads (e.g. asynchronous routing) are not counted.
 */
public class StatementCounter implements BeanPostProcessor {

    public static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile Thread watched;

    /** Starts counting from zero for the calling thread. */
    public static void watch() {
        watched = Thread.currentThread();
        COUNT.set(0);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof DataSource ds) || bean instanceof Proxy) {
            return bean;
        }
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                forward(ds, (target, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c && method.getName().equals("getConnection") ? connection(c) : result;
                }));
    }

    private static Connection connection(Connection c) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                forward(c, (target, method, args) -> {
                    if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")
                            || method.getName().equals("createStatement")) && Thread.currentThread() == watched) {
                        COUNT.incrementAndGet();
                    }
                    return invoke(target, method, args);
                }));
    }

    private interface Call {
        Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static InvocationHandler forward(Object target, Call call) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type && type.isInstance(target)) {
                return target;
            }
            return call.call(target, method, args);
        };
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
