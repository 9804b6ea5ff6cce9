package nestling.testsupport;

/**
 * Bytes the current thread has allocated on the Java heap so far (HotSpot's ThreadMXBean, reached by
 * reflection: the tests compile inside the module, which does not read java.management). A test
 * subtracts two readings to see whether an operation copied something large onto the heap.
 */
public final class HeapAllocation {
    private HeapAllocation() {
    }

    public static long ofThisThread() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            return (long) Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes").invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JVM does not report allocated bytes per thread", e);
        }
    }
}
