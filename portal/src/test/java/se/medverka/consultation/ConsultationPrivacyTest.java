package se.medverka.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.consultation.ChildConsultations.Entry;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.StaffFixtures;

/** On the real PostgreSQL: answers keep nothing identifying; access is the committee's; bad input stores nothing. */
@SpringBootTest
class ConsultationPrivacyTest {

    @Autowired Consultations consultations;
    @Autowired ChildConsultations children;
    @Autowired StaffFixtures fixtures;
    @Autowired JdbcClient jdbc;

    private long openConsultation(String handler, long committee) {
        return StaffFixtures.asHandler(handler, committee, () -> {
            long id = consultations.create(new Consultations.NewConsultation("Parker", committee,
                    EnumSet.of(AgeBand.B6_9, AgeBand.B10_12), List.of("sv", "se"), true));
            consultations.saveIntros(id, texts("Parken", "Parka"));
            consultations.addQuestion(id, QuestionType.SMILEY, texts("Hur känns parken?", "Mo dovdo parka?"), List.of());
            consultations.addQuestion(id, QuestionType.FREE_TEXT, Map.of(AgeBand.B10_12, Map.of("sv", "Vad vill du ändra?", "se", "Maid háliidat rievdadit?")), List.of());
            consultations.open(id);
            return id;
        });
    }

    private static Map<AgeBand, Map<String, String>> texts(String sv, String se) {
        Map<AgeBand, Map<String, String>> t = new LinkedHashMap<>();
        t.put(AgeBand.B6_9, Map.of("sv", sv, "se", se));
        t.put(AgeBand.B10_12, Map.of("sv", sv, "se", se));
        return t;
    }

    @Test
    void noAnswerRowHoldsAnythingThatIdentifiesAChild() {
        long committee = fixtures.committeeId("sdn-bromma");
        long id = openConsultation("privacy-handler", committee);
        String code = StaffFixtures.asHandler("privacy-handler", committee,
                () -> consultations.createClassCode(id, "bromma", AgeBand.B10_12));
        var entry = children.entry(code).orElseThrow();
        var view = children.byCode(code, "sv").orElseThrow();
        children.submit(entry, Map.of(view.questions().get(0).id(), "4", view.questions().get(1).id(), "Fler gungor"));

        List<String> responseColumns = columns("consultation_response");
        List<String> answerColumns = columns("consultation_answer");
        assertThat(responseColumns).containsExactlyInAnyOrder("id", "consultation_id", "band", "district_code");
        assertThat(answerColumns).containsExactlyInAnyOrder("response_id", "question_id", "choice", "free_text", "moderation");
        for (String forbidden : List.of("name", "ip", "address", "email", "mail", "code", "time", "created", "session", "agent")) {
            assertThat(responseColumns).noneMatch(c -> c.contains(forbidden) && !c.equals("district_code"));
            assertThat(answerColumns).noneMatch(c -> c.contains(forbidden));
        }
        Map<String, Object> row = jdbc.sql("select * from consultation_response where consultation_id = :id")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("band", "B10_12").containsEntry("district_code", "bromma");
        assertThat(row.values()).noneMatch(v -> String.valueOf(v).contains(code) || String.valueOf(v).contains("127.0.0.1"));
        List<Map<String, Object>> answers = jdbc.sql("""
                select a.* from consultation_answer a join consultation_response r on r.id = a.response_id
                where r.consultation_id = :id""").param("id", id).query().listOfRows();
        assertThat(answers).hasSize(2);
        assertThat(answers).flatMap(Map::values).noneMatch(v -> String.valueOf(v).contains(code));
    }

    @Test
    void badAnswersStoreNothingAndSkippedQuestionsAreAllowed() {
        long committee = fixtures.committeeId("sdn-farsta");
        long id = openConsultation("privacy-handler2", committee);
        var view = children.withoutCode(id, AgeBand.B6_9, "se").orElseThrow();
        assertThat(view.questions()).hasSize(1).first().extracting(ChildConsultations.ChildQuestion::text).isEqualTo("Mo dovdo parka?");
        Entry entry = new Entry(id, AgeBand.B6_9, null);
        int before = count(id);
        assertThatThrownBy(() -> children.submit(entry, Map.of(view.questions().getFirst().id(), "9")))
                .isInstanceOf(ConsultationException.class);
        assertThat(count(id)).isEqualTo(before);
        children.submit(entry, Map.of());
        assertThat(count(id)).isEqualTo(before + 1);
    }

    @Test
    void onlyTheCommitteesHandlersManageAConsultation() {
        long bromma = fixtures.committeeId("sdn-bromma");
        long farsta = fixtures.committeeId("sdn-farsta");
        long id = openConsultation("privacy-handler3", bromma);
        assertThatThrownBy(() -> StaffFixtures.asHandler("other", farsta, () -> consultations.details(id)))
                .isInstanceOf(ConsultationException.class).hasMessage("consultation.staff.error.forbidden");
        assertThat(StaffFixtures.asHandler("other", farsta, () -> consultations.mine()))
                .noneMatch(s -> s.id() == id);
    }

    @Test
    void aPictureQuestionNeedsRealPicturesWithAltTexts() {
        long committee = fixtures.committeeId("sdn-bromma");
        long id = StaffFixtures.asHandler("pic-handler", committee, () -> consultations.create(
                new Consultations.NewConsultation("Bilder", committee, Set.of(AgeBand.B10_12), List.of("sv"), false)));
        Map<AgeBand, Map<String, String>> q = Map.of(AgeBand.B10_12, Map.of("sv", "Vilken lekplats?"));
        byte[] notAnImage = "<svg onload=alert(1)>........".getBytes();
        assertThatThrownBy(() -> StaffFixtures.asHandler("pic-handler", committee, () -> consultations.addQuestion(id,
                QuestionType.PICTURE, q, List.of(new Consultations.NewPicture(notAnImage, Map.of("sv", "a")),
                        new Consultations.NewPicture(notAnImage, Map.of("sv", "b"))))))
                .hasMessage("consultation.staff.question.error.picturetype");
        assertThat(jdbc.sql("select count(*) from consultation_question where consultation_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anUploadedPhotoIsReEncodedSoItsExifLocationAndDeviceAreGone() throws Exception {
        long committee = fixtures.committeeId("sdn-bromma");
        long id = StaffFixtures.asHandler("pic-handler2", committee, () -> consultations.create(
                new Consultations.NewConsultation("Foton", committee, Set.of(AgeBand.B10_12), List.of("sv"), false)));
        byte[] photo = jpegWithGpsExif(java.awt.Color.ORANGE);
        // The upload does carry them: a device name and a GPS position a spreadsheet of pixels would not.
        assertThat(new String(photo, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Exif").contains("MarkerCam");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo))).isNotNull();

        StaffFixtures.asHandler("pic-handler2", committee, () -> {
            consultations.addQuestion(id, QuestionType.PICTURE, Map.of(AgeBand.B10_12, Map.of("sv", "Vilken färg?")),
                    List.of(new Consultations.NewPicture(photo, Map.of("sv", "Orange")),
                            new Consultations.NewPicture(photo, Map.of("sv", "Också orange"))));
            return null;
        });
        List<byte[]> stored = jdbc.sql("""
                select p.data from consultation_picture p join consultation_question q on q.id = p.question_id
                where q.consultation_id = :id order by p.position""").param("id", id).query(byte[].class).list();
        assertThat(stored).hasSize(2).allSatisfy(data -> {
            String text = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("Exif").doesNotContain("MarkerCam");
            assertThat(text.indexOf("\u00ff\u00e1")).as("an APP1 (EXIF/XMP) segment").isNegative();
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(data));
            assertThat(image.getWidth()).isEqualTo(40);
            assertThat(new java.awt.Color(image.getRGB(20, 20)).getRed()).isGreaterThan(200);
        });
        assertThat(jdbc.sql("""
                select distinct p.content_type from consultation_picture p join consultation_question q on q.id = p.question_id
                where q.consultation_id = :id""").param("id", id).query(String.class).list()).containsExactly("image/jpeg");
    }

    /** A 40 × 30 JPEG with an EXIF segment naming the camera (Make) and a GPS position in Stockholm. */
    private static byte[] jpegWithGpsExif(java.awt.Color color) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();

        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(102); // big endian ("MM")
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);                                               // IFD0 at 8: two entries
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(10).putInt(38); // Make, ASCII, at 38
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(48);  // GPS IFD at 48
        tiff.putInt(0);
        tiff.put("MarkerCam\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII)); // 38..48
        tiff.putShort((short) 2);                                               // GPS IFD: two entries
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(78);      // GPSLatitude, 3 rationals at 78
        tiff.putInt(0);
        tiff.putInt(59).putInt(1).putInt(19).putInt(1).putInt(4242).putInt(100);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(plain, 0, 2);                                  // SOI
        out.write(0xFF);
        out.write(0xE1);                                         // APP1
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private List<String> columns(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_name = :t")
                .param("t", table).query(String.class).list();
    }

    private int count(long id) {
        return jdbc.sql("select count(*) from consultation_response where consultation_id = :id")
                .param("id", id).query(Integer.class).single();
    }
}
