"""A folder of the learner's images, one sub-folder per class, read as 28×28 grayscale like MNIST.

Images are read and resized with Pillow, the maintained successor of PIL: it reads every common
format (PNG, JPEG, BMP, GIF, TIFF, WebP, PGM), its resampling filters are well tested, and it
guards against decompression bombs. JPEGs are decoded at a reduced size straight away (``draft``),
which makes a folder of photos import several times faster. Transparent pixels count as white
paper. Each problem names the file or folder; the number of images and each image's pixels are
bounded.
"""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

import numpy as np

from nnlab.data.errors import DatasetError
from nnlab.data.own_data import ImportCancelled, OwnData, Progress, class_indices

IMAGE_SIZE = 28
MAX_IMAGES = 100_000
MAX_CLASSES_IN_FOLDER = 1000
MAX_PIXELS = 40_000_000  # per image; larger ones are refused before they are decoded
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".pgm", ".ppm",
                  ".pbm"}


def _class_folders(root: Path) -> list[Path]:
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError as exc:
        raise DatasetError(f"{root}: cannot list the folder ({exc.strerror or exc})") from None
    if not folders:
        raise DatasetError(f"{root}: no sub-folders; put the images of each class in a folder named "
                           "after the class (e.g. cat/, dog/)")
    if len(folders) > MAX_CLASSES_IN_FOLDER:
        raise DatasetError(f"{root}: {len(folders):,} sub-folders (classes); nnlab accepts at most "
                           f"{MAX_CLASSES_IN_FOLDER:,}")
    return folders


def list_images(root: Path) -> tuple[list[tuple[Path, str]], list[str]]:
    """(image file, class name) pairs in class and name order, and the files that are not images."""
    found: list[tuple[Path, str]] = []
    skipped: list[str] = []
    for folder in _class_folders(root):
        try:
            files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
        except OSError as exc:
            raise DatasetError(f"{folder}: cannot list the folder ({exc.strerror or exc})") from None
        images = [p for p in files if p.suffix.lower() in IMAGE_SUFFIXES]
        skipped += [str(p) for p in files if p.suffix.lower() not in IMAGE_SUFFIXES]
        if not images:
            raise DatasetError(f"{folder}: no images in this class folder (PNG, JPEG, BMP, GIF, TIFF, WebP)")
        found += [(p, folder.name) for p in images]
        if len(found) > MAX_IMAGES:
            raise DatasetError(f"{root}: more than {MAX_IMAGES:,} images; too many to import")
    return found, skipped


def read_image(path: Path, size: int = IMAGE_SIZE) -> np.ndarray:
    """One image as (size, size) uint8 grayscale; DatasetError naming the file when it is unreadable."""
    from PIL import Image, UnidentifiedImageError  # imported here: only imports need Pillow

    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise DatasetError(f"{path}: {width}×{height} pixels; images up to "
                                   f"{MAX_PIXELS // 1_000_000} million pixels are imported")
            image.draft("L", (2 * size, 2 * size))  # JPEG: decode at a fraction of the size
            transparent = "transparency" in image.info or "A" in image.mode
            if image.mode in ("RGBA", "LA", "PA", "P") and transparent:
                rgba = image.convert("RGBA")
                paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
                gray = Image.alpha_composite(paper, rgba).convert("L")
            else:
                gray = image.convert("L")
            small = gray.resize((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
            return np.asarray(small, dtype=np.uint8)
    except DatasetError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise DatasetError(f"{path}: not a readable image ({exc})") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:  # truncated or damaged files
        raise DatasetError(f"{path}: the image is damaged ({type(exc).__name__}: {exc})") from None


def read_image_folder(root: str | Path, *, progress: Progress | None = None,
                      cancel: threading.Event | None = None) -> OwnData:
    """Read every image under ``root``/<class>/ as 28×28 grayscale in [0, 1]."""
    root = Path(root)
    if not root.is_dir():
        raise DatasetError(f"{root}: not a folder")
    files, skipped = list_images(root)
    t, names = class_indices([label for _, label in files], str(root))
    pixels = np.empty((len(files), IMAGE_SIZE, IMAGE_SIZE), dtype=np.uint8)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow warns about odd EXIF data; the pixels are still read
        for k, (path, _label) in enumerate(files):
            pixels[k] = read_image(path)
            if k % 200 == 199:
                if cancel is not None and cancel.is_set():
                    raise ImportCancelled(f"{root}: import cancelled")
                if progress is not None:
                    progress(k + 1, len(files))
    if progress is not None:
        progress(len(files), len(files))
    x = pixels.reshape(len(files), -1).astype(np.float32) / np.float32(255)
    return OwnData(name=root.name, kind="images", x=x, t=t, class_names=names, location=root,
                   image_shape=(IMAGE_SIZE, IMAGE_SIZE), skipped=skipped)
