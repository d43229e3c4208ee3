//! Review photos: an upload is decoded by its content (JPEG, PNG or WebP only, whatever its
//! name says), refused when too large in bytes or pixels, turned upright, flattened onto white
//! and re-encoded as JPEG (which drops every piece of metadata: location, camera, comments)
//! in two sizes — a thumbnail for the list and a display size — under the media folder, with
//! unguessable names.

use crate::error::{DomainError, DomainResult};
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage};
use rand::RngCore;
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// Most photos on one review.
pub const PHOTOS_MAX: usize = 4;
/// Largest upload accepted, in bytes.
pub const PHOTO_BYTES_MAX: usize = 8 * 1024 * 1024;
/// Largest width or height accepted, in pixels (a phone camera's photo fits).
pub const PHOTO_SIDE_MAX: u32 = 10_000;
/// The thumbnail's longest side.
pub const THUMB_SIDE: u32 = 240;
/// The display photo's longest side.
pub const DISPLAY_SIDE: u32 = 1_200;
/// JPEG quality of the files written.
const QUALITY: u8 = 82;
/// Memory the decoder may use for one photo.
const DECODE_BYTES_MAX: u64 = 256 * 1024 * 1024;

/// A checked photo, ready to be written: both sizes, already encoded.
#[derive(Clone, Debug)]
pub struct PreparedPhoto {
    pub thumb: Vec<u8>,
    pub display: Vec<u8>,
    /// The display size's width and height.
    pub width: u32,
    pub height: u32,
}

/// A photo written under the media folder (paths relative to it, with `/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredPhoto {
    pub thumb_path: String,
    pub photo_path: String,
    pub width: u32,
    pub height: u32,
}

fn invalid(rule: &'static str) -> DomainError {
    DomainError::Invalid {
        field: "photos",
        rule,
    }
}

/// Checks and converts one upload. Refuses (field `photos`): `too_large` (bytes),
/// `not_an_image` (not a JPEG, PNG or WebP by content, or undecodable), `too_many_pixels`.
pub fn prepare(bytes: &[u8]) -> DomainResult<PreparedPhoto> {
    if bytes.len() > PHOTO_BYTES_MAX {
        return Err(invalid("too_large"));
    }
    if bytes.is_empty() {
        return Err(invalid("not_an_image"));
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| invalid("not_an_image"))?;
    if !matches!(
        reader.format(),
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)
    ) {
        return Err(invalid("not_an_image"));
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(PHOTO_SIDE_MAX);
    limits.max_image_height = Some(PHOTO_SIDE_MAX);
    limits.max_alloc = Some(DECODE_BYTES_MAX);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(refusal)?;
    let orientation = decoder.orientation().ok();
    let mut picture = DynamicImage::from_decoder(decoder).map_err(refusal)?;
    if let Some(orientation) = orientation {
        picture.apply_orientation(orientation);
    }
    let flat = on_white(&picture);
    let display = shrink(&flat, DISPLAY_SIDE);
    let thumb = shrink(&display, THUMB_SIDE);
    Ok(PreparedPhoto {
        width: display.width(),
        height: display.height(),
        thumb: jpeg(&thumb)?,
        display: jpeg(&display)?,
    })
}

/// Why the decoder gave up, as a field rule.
fn refusal(error: image::ImageError) -> DomainError {
    match error {
        image::ImageError::Limits(_) => invalid("too_many_pixels"),
        _ => invalid("not_an_image"),
    }
}

/// The picture without transparency: see-through parts become white (JPEG has no alpha).
fn on_white(picture: &DynamicImage) -> RgbImage {
    if !picture.color().has_alpha() {
        return picture.to_rgb8();
    }
    let rgba = picture.to_rgba8();
    let mut flat = RgbImage::new(rgba.width(), rgba.height());
    for (out, px) in flat.pixels_mut().zip(rgba.pixels()) {
        let [r, g, b, a] = px.0;
        let blend = |c: u8| ((c as u32 * a as u32 + 255 * (255 - a as u32) + 127) / 255) as u8;
        out.0 = [blend(r), blend(g), blend(b)];
    }
    flat
}

/// The picture with its longest side at most `side` (never enlarged).
fn shrink(picture: &RgbImage, side: u32) -> RgbImage {
    if picture.width() <= side && picture.height() <= side {
        return picture.clone();
    }
    image::imageops::resize(
        picture,
        scaled(picture.width(), picture.height(), side),
        scaled(picture.height(), picture.width(), side),
        FilterType::Triangle,
    )
}

/// `this` side scaled so the longer of (`this`, `other`) becomes `side`; at least 1.
fn scaled(this: u32, other: u32, side: u32) -> u32 {
    let longest = this.max(other).max(1) as u64;
    ((this as u64 * side as u64 + longest / 2) / longest).max(1) as u32
}

fn jpeg(picture: &RgbImage) -> DomainResult<Vec<u8>> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, QUALITY)
        .encode_image(picture)
        .map_err(|e| DomainError::Internal(format!("encoding a review photo: {e}")))?;
    Ok(out)
}

/// Checks and converts every upload off the async threads (decoding is CPU work). Refuses
/// `too_many` beyond [`PHOTOS_MAX`].
pub async fn prepare_all(uploads: Vec<Vec<u8>>) -> DomainResult<Vec<PreparedPhoto>> {
    if uploads.len() > PHOTOS_MAX {
        return Err(invalid("too_many"));
    }
    if uploads.is_empty() {
        return Ok(Vec::new());
    }
    tokio::task::spawn_blocking(move || uploads.iter().map(|u| prepare(u)).collect())
        .await
        .map_err(|e| DomainError::Internal(format!("photo worker: {e}")))?
}

/// Writes prepared photos under `media_dir/reviews/<random>/`. On failure nothing stays.
pub async fn store(media_dir: &Path, photos: &[PreparedPhoto]) -> DomainResult<Vec<StoredPhoto>> {
    if photos.is_empty() {
        return Ok(Vec::new());
    }
    let folder = format!("reviews/{}", random_name());
    let dir = media_dir.join(&folder);
    let written = write_all(&dir, &folder, photos).await;
    if written.is_err() {
        let _ = tokio::fs::remove_dir_all(&dir).await;
    }
    written
}

async fn write_all(
    dir: &PathBuf,
    folder: &str,
    photos: &[PreparedPhoto],
) -> DomainResult<Vec<StoredPhoto>> {
    let io = |e: std::io::Error| DomainError::Internal(format!("writing a review photo: {e}"));
    tokio::fs::create_dir_all(dir).await.map_err(io)?;
    let mut stored = Vec::with_capacity(photos.len());
    for photo in photos {
        let name = random_name();
        let (thumb, display) = (format!("{name}-s.jpg"), format!("{name}.jpg"));
        tokio::fs::write(dir.join(&thumb), &photo.thumb)
            .await
            .map_err(io)?;
        tokio::fs::write(dir.join(&display), &photo.display)
            .await
            .map_err(io)?;
        stored.push(StoredPhoto {
            thumb_path: format!("{folder}/{thumb}"),
            photo_path: format!("{folder}/{display}"),
            width: photo.width,
            height: photo.height,
        });
    }
    Ok(stored)
}

/// Removes stored photos' folder (a review that was not saved after all).
pub async fn discard(media_dir: &Path, photos: &[StoredPhoto]) {
    if let Some(folder) = photos
        .first()
        .and_then(|p| p.photo_path.rsplit_once('/'))
        .map(|(folder, _)| folder.to_string())
    {
        let _ = tokio::fs::remove_dir_all(media_dir.join(folder)).await;
    }
}

/// 24 random hex digits.
fn random_name() -> String {
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let picture = image::RgbaImage::from_fn(width, height, |x, y| {
            image::Rgba([
                (x % 256) as u8,
                (y % 256) as u8,
                90,
                if x < 4 { 0 } else { 255 },
            ])
        });
        let mut out = Vec::new();
        DynamicImage::ImageRgba8(picture)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .expect("png");
        out
    }

    fn rule(result: DomainResult<PreparedPhoto>) -> &'static str {
        match result {
            Err(DomainError::Invalid { rule, .. }) => rule,
            Ok(_) => "ok",
            Err(_) => "other",
        }
    }

    #[test]
    fn photos_are_resized_flattened_and_re_encoded() {
        let photo = prepare(&png(2_400, 1_200)).expect("a photo");
        assert_eq!((photo.width, photo.height), (1_200, 600));
        let thumb = image::load_from_memory(&photo.thumb).expect("a JPEG");
        assert_eq!((thumb.width(), thumb.height()), (240, 120));
        assert_eq!(
            image::guess_format(&photo.display).expect("format"),
            ImageFormat::Jpeg
        );
        // The transparent left edge turned white.
        let display = image::load_from_memory(&photo.display)
            .expect("a JPEG")
            .to_rgb8();
        assert!(display.get_pixel(0, 300).0.iter().all(|c| *c > 230));
        // A small photo is not enlarged.
        let small = prepare(&png(100, 50)).expect("a photo");
        assert_eq!((small.width, small.height), (100, 50));
    }

    #[test]
    fn non_images_and_oversized_uploads_are_refused() {
        assert_eq!(
            rule(prepare(b"just some text, named photo.jpg")),
            "not_an_image"
        );
        assert_eq!(rule(prepare(b"")), "not_an_image");
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";
        assert_eq!(rule(prepare(gif)), "not_an_image");
        let mut truncated = png(64, 64);
        truncated.truncate(truncated.len() / 2);
        assert_eq!(rule(prepare(&truncated)), "not_an_image");
        assert_eq!(rule(prepare(&vec![0u8; PHOTO_BYTES_MAX + 1])), "too_large");
        assert_eq!(
            rule(prepare(&png(PHOTO_SIDE_MAX + 1, 1))),
            "too_many_pixels"
        );
    }

    #[test]
    fn sides_scale_to_the_longest() {
        assert_eq!(scaled(4_000, 3_000, 1_200), 1_200);
        assert_eq!(scaled(3_000, 4_000, 1_200), 900);
        assert_eq!(scaled(10_000, 1, 240), 240);
        assert_eq!(scaled(1, 10_000, 240), 1);
    }
}
