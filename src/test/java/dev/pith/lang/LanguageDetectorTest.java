package dev.pith.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private static String detect(String text) {
        return LanguageDetector.detect(text);
    }

    @Test
    void englishTextIsDetectedAsEn() {
        assertEquals("en", detect("The council said on Tuesday that it would not raise taxes this year, "
                + "but that the budget for the schools had been cut by a third."));
    }

    @Test
    void germanTextIsDetectedAsDe() {
        assertEquals("de", detect("Der Gemeinderat hat am Dienstag beschlossen, dass die Steuern in diesem Jahr "
                + "nicht erhöht werden, aber das Geld für die Schulen wird um ein Drittel gekürzt."));
    }

    @Test
    void frenchSpanishItalianAndPortugueseAreTold() {
        assertEquals("fr", detect("Le conseil municipal a décidé mardi que les impôts ne seront pas augmentés "
                + "cette année, mais le budget des écoles a été réduit d'un tiers."));
        assertEquals("es", detect("El ayuntamiento decidió el martes que los impuestos no subirán este año, "
                + "pero el presupuesto de las escuelas se ha reducido en un tercio."));
        assertEquals("it", detect("Il consiglio comunale ha deciso martedì che le tasse non saranno aumentate "
                + "quest'anno, ma il bilancio delle scuole è stato ridotto di un terzo."));
        assertEquals("pt", detect("A câmara municipal decidiu na terça-feira que os impostos não vão subir este "
                + "ano, mas o orçamento das escolas foi reduzido em um terço."));
    }

    @Test
    void dutchPolishAndSwedishAreTold() {
        assertEquals("nl", detect("De gemeenteraad heeft dinsdag besloten dat de belastingen dit jaar niet "
                + "worden verhoogd, maar het budget voor de scholen is met een derde verlaagd."));
        assertEquals("pl", detect("Rada miasta zdecydowała we wtorek, że podatki nie zostaną w tym roku "
                + "podniesione, ale budżet szkół został obniżony o jedną trzecią."));
        assertEquals("sv", detect("Kommunfullmäktige beslutade på tisdagen att skatten inte ska höjas i år, "
                + "men att budgeten för skolorna har minskats med en tredjedel."));
    }

    @Test
    void danishAndNorwegianAreToldApartByTheirOwnFunctionWords() {
        assertEquals("da", detect("Byrådet besluttede tirsdag, at skatten ikke skal hæves i år, men at der "
                + "efter budgettet blev meget mindre penge til skolerne, og hvad så nu?"));
        assertEquals("no", detect("Bystyret bestemte tirsdag at skatten ikke skal økes i år, men at det etter "
                + "budsjettet ble mye mindre penger til skolene, og hva nå?"));
    }

    @Test
    void scriptsDecideForNonLatinText() {
        assertEquals("ru", detect("Городской совет во вторник решил, что налоги в этом году не будут повышены, "
                + "но бюджет школ был сокращён на треть."));
        assertEquals("uk", detect("Міська рада у вівторок вирішила, що податки цього року не будуть підвищені, "
                + "але бюджет шкіл було скорочено на третину."));
        assertEquals("el", detect("Το δημοτικό συμβούλιο αποφάσισε την Τρίτη ότι οι φόροι δεν θα αυξηθούν φέτος."));
        assertEquals("zh", detect("市议会周二决定今年不提高税收，但学校的预算被削减了三分之一。"));
        assertEquals("ja", detect("市議会は火曜日、今年は税金を上げないが、学校の予算は三分の一削減されたと決定した。"));
        assertEquals("ko", detect("시의회는 화요일 올해 세금을 인상하지 않기로 결정했지만 학교 예산은 3분의 1 삭감되었다."));
        assertEquals("ar", detect("قرر المجلس البلدي يوم الثلاثاء عدم رفع الضرائب هذا العام، لكن ميزانية المدارس خفضت بمقدار الثلث."));
        assertEquals("he", detect("מועצת העיר החליטה ביום שלישי שהמסים לא יועלו השנה, אבל תקציב בתי הספר קוצץ בשליש."));
        assertEquals("hi", detect("नगर परिषद ने मंगलवार को फैसला किया कि इस साल कर नहीं बढ़ाए जाएंगे, लेकिन स्कूलों का बजट कम कर दिया गया।"));
    }

    @Test
    void persianIsToldFromArabicByItsOwnLetters() {
        assertEquals("fa", detect("شورای شهر روز سه‌شنبه تصمیم گرفت که مالیات‌ها امسال افزایش پیدا نکند، "
                + "اما بودجه مدرسه‌ها یک سوم کم شد."));
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertEquals("und", detect(""));
        assertEquals("und", detect(null));
        assertEquals("und", detect("Home"));
        assertEquals("und", detect("12345 67890 !!! ???"));
    }

    @Test
    void namesAndInitialsAloneAreNotPolish() {
        assertEquals("und", detect("John W. Carl Walter Kathryn Matthew Oliver Shuji John U. Karlheinz Jürgen"));
    }

    @Test
    void resultIsDeterministic() {
        String text = "in de la a en";
        String first = detect(text.repeat(10));
        for (int i = 0; i < 5; i++) {
            assertEquals(first, detect(text.repeat(10)));
        }
    }

    @Test
    void onlyTheFirstTwentyThousandCharsAreRead() {
        String german = "Der Rat hat beschlossen, dass die Steuern nicht erhöht werden. ".repeat(400);
        String english = "The council said that the taxes would not be raised this year. ".repeat(4000);
        assertEquals("de", detect(german + english));
    }

    @Test
    void megabyteTextIsDetectedQuickly() {
        String big = "The council said that the taxes would not be raised. ".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertEquals("en", detect(big)));
    }
}
