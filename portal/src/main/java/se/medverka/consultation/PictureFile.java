package se.medverka.consultation;

/** A stored picture, checked when it was uploaded, with its real content type. */
public record PictureFile(byte[] data, String contentType) {
}
