FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
RUN apt-get update
RUN apt-get install -y --no-install-recommends libpq-dev gcc
WORKDIR /code
COPY requirements.txt /code/
RUN pip install --no-cache-dir -r requirements.txt
COPY . /code/
ARG BUILD_NUMBER
ENV APP_BUILD=$BUILD_NUMBER
RUN python manage.py collectstatic --noinput
CMD ["gunicorn", "mysite.wsgi"]
