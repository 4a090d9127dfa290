package io.switchboard.rest.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.rest.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void decodesWhatItEncoded() {
        String cursor = Cursor.encode("2026-11-22T10:00:00Z", "a|b c");
        assertEquals(List.of("2026-11-22T10:00:00Z", "a|b c"), Cursor.decode(cursor, 2));
    }

    @Test
    void rejectsAForeignCursorAsBadRequest() {
        ProblemException garbage = assertThrows(ProblemException.class, () -> Cursor.decode("%%%", 2));
        assertEquals(400, garbage.status());
        ProblemException wrongArity = assertThrows(ProblemException.class, () -> Cursor.decode(Cursor.encode("x"), 2));
        assertEquals(400, wrongArity.status());
    }

    @Test
    void checksTheRequestedLimit() {
        assertEquals(50, Cursor.limit(null, 50, 200));
        assertEquals(200, Cursor.limit("200", 50, 200));
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> Cursor.limit("0", 50, 200))
                        .status());
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> Cursor.limit("201", 50, 200))
                        .status());
    }

    @Test
    void aPageWithAnExtraRowPointsAtItsLastItem() {
        Page<String> page = Page.of(List.of("a", "b", "c"), 2, item -> "after-" + item);
        assertEquals(List.of("a", "b"), page.items());
        assertEquals("after-b", page.nextCursor());
        assertNull(Page.of(List.of("a", "b"), 2, item -> "after-" + item).nextCursor());
    }
}
