package dev.pith.classify;

import static dev.pith.classify.ArticleFixture.LAST;
import static dev.pith.classify.ArticleFixture.PROSE;
import static dev.pith.classify.ArticleFixture.kept;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AboutBoxTest {
    private static final String BIO = "As an editor, Tom Berger has written about city politics, transport and "
            + "schools for ten years, leads the local desk of the paper and teaches reporting at the university, where "
            + "he also studied history and law.";

    private static Classification classify(List<String> after) {
        return ArticleFixture.classify(null, after, "\n\n");
    }

    @Test
    void aHeadingAboutSomeoneOverTheLastParagraphOpensABox() {
        Classification c = classify(List.of("About Tom Berger", BIO));
        assertFalse(kept(c, BIO));
        assertFalse(kept(c, "About Tom Berger"));
        assertTrue(kept(c, LAST));
    }

    @Test
    void aHeadingThatNamesNoOneIsASection() {
        assertTrue(kept(classify(List.of("About this", BIO)), BIO));
    }

    @Test
    void aPronounNamesSomeoneToo() {
        String me = "I am a reporter who has covered the city's council, schools and courts since 1998, first for the "
                + "evening paper and now for this blog, which is funded by its readers and by a foundation that has no "
                + "say in what I write.";
        assertFalse(kept(classify(List.of("About me", me)), me));
    }

    @Test
    void inTheMiddleOfTheArticleTheHeadingIsASection() {
        String more = PROSE + " Five.";
        Classification c = classify(List.of("About Jupiter", BIO, more, PROSE + " Six.", PROSE + " Seven."));
        assertTrue(kept(c, BIO));
    }

    @Test
    void theWordAfterAboutMustNameSomeone() {
        assertTrue(AboutBox.namesSomeone("About Jane Doe"));
        assertTrue(AboutBox.namesSomeone("Sobre Carlos Nadalim"));
        assertTrue(AboutBox.namesSomeone("À propos de l'auteur"));
        assertTrue(AboutBox.namesSomeone("O autorze"));
        assertFalse(AboutBox.namesSomeone("About this"));
        assertFalse(AboutBox.namesSomeone("O Blog"));
        assertFalse(AboutBox.namesSomeone("Abouts Jane"));
        assertFalse(AboutBox.namesSomeone("About"));
    }
}
