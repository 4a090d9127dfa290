package io.switchboard.usermapping.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailKeysTest {

    private static final EmailKeys.Rules NONE = EmailKeys.Rules.NONE;

    @Test
    void trimsAndCaseFolds() {
        assertEquals("jane.doe@acme.com", EmailKeys.key("  Jane.Doe@ACME.com ", NONE));
    }

    @Test
    void appliesUnicodeNfkcSoThatFullWidthLettersMatch() {
        assertEquals("jane@acme.com", EmailKeys.key("ｊａｎｅ@acme.com", NONE));
    }

    @Test
    void foldsSharpSLikeDoubleS() {
        assertEquals(EmailKeys.key("STRASSE@acme.com", NONE), EmailKeys.key("straße@acme.com", NONE));
    }

    @Test
    void keepsPlusAddressingUnlessTheOrganisationAsks() {
        assertEquals("a+zoom@x.com", EmailKeys.key("a+zoom@x.com", NONE));
        assertEquals("a@x.com", EmailKeys.key("a+zoom@x.com", new EmailKeys.Rules(true, Map.of())));
    }

    @Test
    void replacesAliasDomainsByTheirCanonicalDomain() {
        EmailKeys.Rules rules = new EmailKeys.Rules(false, Map.of("ACME.co.uk", "acme.com"));
        assertEquals("jane@acme.com", EmailKeys.key("jane@acme.CO.UK", rules));
    }

    @Test
    void somethingThatIsNotAnAddressHasNoKey() {
        assertNull(EmailKeys.key("no-at-sign", NONE));
        assertNull(EmailKeys.key("@acme.com", NONE));
        assertNull(EmailKeys.key("jane@", NONE));
        assertNull(EmailKeys.key(null, NONE));
    }
}
