package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HintsTest {
    private static Element div(String cls) {
        return Jsoup.parse("<div class='" + cls + "'>x</div>").selectFirst("div");
    }

    @Test
    void classNameMadeOfCssInJsHashesIsLeftOut() {
        assertEquals("intro", Hints.meaningful("tagStyle_z4kqwb-o_O-style_1tcxgp3-o_O-style_48hmcm intro"));
        assertNull(Hints.kind(div("tagStyle_z4kqwb-o_O-style_1tcxgp3")), "its words (tag, style) name nothing");
    }

    @Test
    void classNameWithOneHashKeepsItsWords() {
        assertEquals("NewsStyles__StoryTags-sc-bbao65-0 post-3289 col-md-12",
                Hints.meaningful("NewsStyles__StoryTags-sc-bbao65-0 post-3289 col-md-12"));
        assertEquals("prompt", Hints.kind(div("Newsletter__container___2dvsF")));
    }

    @Test
    void noTwoRunTogetherKindWordsThatStartTheSameNameGiveDifferentKinds() {
        for (var a : Hints.RUN_TOGETHER) {
            for (var b : Hints.RUN_TOGETHER) {
                if (a.getKey().startsWith(b.getKey())) {
                    org.junit.jupiter.api.Assertions.assertEquals(b.getValue(), a.getValue(), a.getKey() + " / " + b.getKey());
                }
            }
        }
    }
}
