package org.marsad.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: reads are bounded by the bytes read, whatever size a file reports. */
class BoundedReadTest {
    @TempDir
    Path tmp;

    @Test
    void aFileIsReadUpToTheBoundAndRefusedBeyondIt() throws IOException {
        Path f = Files.write(tmp.resolve("page.txt"), new byte[1000]);
        assertThat(BoundedRead.file(f, 1000, "a page")).hasSize(1000);
        assertThatThrownBy(() -> BoundedRead.file(f, 999, "a page")).isInstanceOf(InputException.class)
                .hasMessage(f + ": too large for a page (more than 0 MB)");
    }

    @Test
    void aCappedStreamFailsOnceMoreThanTheBoundWasRead() throws IOException {
        InputStream in = BoundedRead.capped(new ByteArrayInputStream(new byte[100]), 64);
        assertThat(in.readNBytes(64)).hasSize(64);
        assertThatThrownBy(in::read).isInstanceOf(IOException.class);
    }

    @Test
    void anOverlongLineIsSkippedWithoutBeingHeld() throws IOException {
        BoundedRead.Lines lines = new BoundedRead.Lines(new StringReader("one\r\n" + "x".repeat(50) + "\ntwo"), 10);
        assertThat(lines.next()).isEqualTo("one");
        assertThat(lines.wasTooLong()).isFalse();
        assertThat(lines.next()).isEmpty();
        assertThat(lines.wasTooLong()).isTrue();
        assertThat(lines.next()).isEqualTo("two");
        assertThat(lines.next()).isNull();
    }
}
