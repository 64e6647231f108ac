"""Fixed-point vector codes: dot products as float32 gives them, rows quantised on their own."""

import numpy as np

from search_api.search.vectors import CHUNK, quantize, stack


def unit_rows(n: int, dim: int = 384, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_codes_score_as_float32_within_a_hundred_thousandth() -> None:
    v = unit_rows(2 * CHUNK + 17)
    q = v[3]
    codes = quantize(v)
    assert codes.codes.dtype == np.int16 and codes.nbytes < v.nbytes * 0.51
    assert np.abs(codes.dot(q) - v @ q).max() < 1e-5
    assert np.allclose(codes.dot(q, 5, CHUNK + 9), (v @ q)[5:CHUNK + 9], atol=1e-5)


def test_a_block_quantised_alone_equals_its_rows_in_a_larger_matrix() -> None:
    v = unit_rows(50, dim=8)
    whole, parts = quantize(v), stack([quantize(v[:20]), quantize(v[20:])], 8)
    assert np.array_equal(whole.codes, parts.codes)
    assert np.array_equal(whole.scales, parts.scales)


def test_a_zero_row_stays_zero_and_an_empty_stack_has_the_dimension() -> None:
    codes = quantize(np.zeros((2, 4), dtype=np.float32))
    assert not codes.codes.any() and not codes.floats().any()
    assert stack([], 4).shape == (0, 4)
