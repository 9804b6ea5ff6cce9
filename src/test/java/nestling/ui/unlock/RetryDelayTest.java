package nestling.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryDelayTest {
    @Test
    void twoFreeMistakesThenDoublingUpToTheCap() {
        assertEquals(Duration.ZERO, RetryDelay.after(0));
        assertEquals(Duration.ZERO, RetryDelay.after(1));
        assertEquals(Duration.ZERO, RetryDelay.after(2));
        assertEquals(Duration.ofSeconds(1), RetryDelay.after(3));
        assertEquals(Duration.ofSeconds(2), RetryDelay.after(4));
        assertEquals(Duration.ofSeconds(4), RetryDelay.after(5));
        assertEquals(Duration.ofSeconds(16), RetryDelay.after(7));
        assertEquals(Duration.ofSeconds(30), RetryDelay.after(8));
        assertEquals(Duration.ofSeconds(30), RetryDelay.after(500));
    }
}
