"""
The parsing pipeline: raw text in, `Report` out.

One module per stage; `pipeline.STAGES` lists them in the order they run.
"""
