"""The bundled content of the site as data (content/, images/) and `load_initial_data`."""
